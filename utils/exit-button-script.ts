/** The content script WXT builds from entrypoints/exit-button.content/: listed in the manifest for the built-in sites, registered at runtime for the sites the person adds. */
export const EXIT_BUTTON_ENTRY = 'exit-button';
export const EXIT_BUTTON_SCRIPT = `content-scripts/${EXIT_BUTTON_ENTRY}.js`;
