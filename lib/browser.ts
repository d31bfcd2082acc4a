// The WebExtension API for our code: Mozilla's promise-based `browser` polyfill, with its types.
// The @wxt-dev/webextension-polyfill module makes WXT's own `wxt/browser` resolve to the same object.
export { default as browser } from 'webextension-polyfill';
export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
