// Menus that drop down from a button (<details data-menu>: the export menus, the account menu) close as menus do:
// Escape closes an open one and puts the focus back on its button, a click or tap outside closes it, and opening one
// closes the others. The listeners are on the document, so menus that Blazor renders later behave the same.
(() => {
    const openMenus = () => document.querySelectorAll('details[data-menu][open]');

    const close = (menu, refocus) => {
        menu.open = false;
        if (refocus) {
            menu.querySelector(':scope > summary')?.focus();
        }
    };

    // 'toggle' does not bubble, so it is caught on its way down to the menu that opened (by mouse, keyboard or script).
    document.addEventListener('toggle', event => {
        const opened = event.target;
        if (opened instanceof HTMLDetailsElement && opened.open && opened.matches('[data-menu]')) {
            openMenus().forEach(menu => menu !== opened && close(menu, false));
        }
    }, true);

    // pointerdown rather than click: a tap on plain text gives no click event on iOS.
    document.addEventListener('pointerdown', event => {
        openMenus().forEach(menu => menu.contains(event.target) || close(menu, false));
    });

    document.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            openMenus().forEach(menu => close(menu, menu.contains(document.activeElement)));
        }
    });
})();
