// The host page's own script: a language switcher for the widget area. It sets `lang` on the
// container; the widgets follow the nearest `lang`, so no widget API is needed.
const area = document.getElementById('widgets');
const followers = document.querySelectorAll('[data-follows-switcher]');
const buttons = document.querySelectorAll('.language-switch button');
const saved = new URLSearchParams(location.search).get('lang');

// /demo/?pack: the same catalogue as a pack (npm start writes it to demo/pack/).
if (new URLSearchParams(location.search).has('pack')) {
  for (const element of document.querySelectorAll('[src="catalogue.json"]')) element.setAttribute('src', 'pack/index.json');
}

function choose(lang) {
  area.lang = lang;
  for (const follower of followers) follower.lang = lang;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

for (const button of buttons) button.addEventListener('click', () => choose(button.dataset.lang));
choose(saved && [...buttons].some((b) => b.dataset.lang === saved) ? saved : area.lang);
