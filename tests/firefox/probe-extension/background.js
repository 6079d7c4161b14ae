// BiDi cannot open a moz-extension: page, so the probe opens its own page, where the tests evaluate.
browser.runtime.onInstalled.addListener(() => browser.tabs.create({ url: 'probe.html', active: false }));
