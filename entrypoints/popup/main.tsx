import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
// Read by the browser tests and the benchmark: the directory is on screen from here.
performance.mark('directory-rendered');
