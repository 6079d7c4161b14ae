#!/bin/sh
# The shortcut test needs a real (headed) browser window: give it a virtual
# display when there is none.
if [ -n "$DISPLAY" ]; then
  exec playwright test "$@"
else
  exec xvfb-run -a playwright test "$@"
fi
