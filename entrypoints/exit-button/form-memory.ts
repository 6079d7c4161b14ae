/**
 * Browsers remember what is typed into a page's text fields and offer it again
 * in other sites' fields of the same name: "restraining order" typed into a
 * support site's search box would be suggested later in a shop's search box.
 * Chromium and Firefox save nothing from a field marked autocomplete="off", so
 * every field of a protected page is marked, including fields the page adds
 * later, and once more as a form is submitted. (Saved passwords and address
 * autofill work differently: the guide tells people how to remove those.)
 */
const FIELDS = 'form, input:not([type="hidden"]), textarea';

function markFieldsIn(root: ParentNode): void {
  for (const field of root.querySelectorAll(FIELDS)) {
    if (field.getAttribute('autocomplete') !== 'off') field.setAttribute('autocomplete', 'off');
  }
}

export function keepTypedEntriesUnsaved(): void {
  const markAll = () => markFieldsIn(document);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markAll, { once: true });
  else markAll();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(FIELDS)) node.setAttribute('autocomplete', 'off');
        markFieldsIn(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  window.addEventListener('submit', (event) => event.target instanceof HTMLFormElement && markFieldsIn(event.target), {
    capture: true,
  });
}
