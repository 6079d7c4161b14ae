import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';

// The HTML's own title is the same English, for the first paint.
document.title = i18n.t('popup.title');
render(<App />, document.getElementById('app')!);
// Read by the browser tests and the benchmark: the directory is on screen from here.
performance.mark('directory-rendered');
