/**
 * Closes the toolbar popup after it has done its job. The same components also
 * sit on pages opened in a tab (guide, check), which must stay open.
 */
export function closePopup(): void {
  if (location.pathname === '/popup.html') window.close();
}
