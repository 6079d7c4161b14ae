/**
 * Run once in the tab the popup is about, when the person opens the popup there
 * (the browser's activeTab grant): does the page show a quick-exit control of its
 * own? Its answer is the script's value for scripting.executeScript. It reads
 * the page and changes nothing; nothing is stored.
 */
import { defineUnlistedScript } from '#imports';
import { hasOwnExitControl } from '@/utils/page-script/site-controls';

export default defineUnlistedScript(() => hasOwnExitControl());
