import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';

// The HTML's own title is the same English, for the first paint.
document.title = i18n.t('options.pageTitle');
render(<App />, document.getElementById('app')!);
