// Does nothing: only its permissions matter to the test.
