/*
 * The translation editor in the editor's language, where wagtail-localize writes English.
 *
 * wagtail-localize 1.14.5 passes most of its editor's words through Django's JavaScript
 * catalogue (gettext), but writes two in English whatever the admin's language: the
 * heading of each tab ("Français to العربية translation") and the hidden label of its
 * menus ("More actions", read out by screen readers). This script puts them through the
 * same catalogue (locale/*\/LC_MESSAGES/djangojs.po) each time the editor renders them.
 * It changes only a text that is exactly wagtail-localize's English, so an upgrade that
 * translates them itself leaves it nothing to do.
 * tests/browser/test_admin_in_the_editors_language.py checks both on the editor's page.
 */
const translateTheEditorsWords = () => {
  const editor = document.querySelector('.js-translation-editor');
  if (!editor || typeof window.gettext !== 'function') {
    return;
  }
  let props = {};
  try {
    props = JSON.parse(editor.dataset.props || '{}');
  } catch (error) {
    return;
  }
  const source = props.sourceLocale ? props.sourceLocale.displayName : '';
  const target = props.locale ? props.locale.displayName : '';
  const heading = `${source} to ${target} translation`;
  const headingShown = window.interpolate(
    window.gettext('%(source)s to %(target)s translation'),
    { source, target },
    true,
  );
  const moreActions = 'More actions';
  const moreActionsShown = window.gettext(moreActions);

  // The text node React wrote is changed in place, never replaced: React keeps it.
  const replace = (selector, english, shown) => {
    if (english === shown) {
      return;
    }
    editor.querySelectorAll(selector).forEach((element) => {
      const text = element.firstChild;
      if (text && text.nodeType === Node.TEXT_NODE && text.nodeValue === english) {
        text.nodeValue = shown;
      }
    });
  };
  const translate = () => {
    replace('section h3', heading, headingShown);
    replace('.w-sr-only', moreActions, moreActionsShown);
  };

  // React renders the editor after this script runs, and again as the editor is used.
  new MutationObserver(translate).observe(editor, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  translate();
};

// Wagtail's admin runs its scripts before the page's content: wait for the editor.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', translateTheEditorsWords);
} else {
  translateTheEditorsWords();
}
