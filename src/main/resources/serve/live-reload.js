// Added by `portal serve` to the pages it serves (never to the built site): reloads the page when
// the site was rebuilt, and while content errors keep it from being rebuilt, shows them over the
// page (the last good site is still what is served underneath).
(function () {
  'use strict';
  // The box speaks the editor's language (that of the messages), whatever the page's.
  var say = {
    fr: {
      title: function (n) { return n === 1 ? 'Une erreur empêche de mettre à jour l’aperçu' : n + ' erreurs empêchent de mettre à jour l’aperçu'; },
      intro: 'La page affichée est la dernière version correcte. Corrigez le fichier : l’aperçu se met à jour tout seul.',
      close: 'Masquer'
    },
    en: {
      title: function (n) { return n === 1 ? 'An error keeps the preview from updating' : n + ' errors keep the preview from updating'; },
      intro: 'This page is the last good version. Fix the file: the preview updates by itself.',
      close: 'Hide'
    }
  };
  var events = new EventSource('/_portal/events');
  events.addEventListener('rebuilt', function () { location.reload(); });
  events.addEventListener('problems', function (event) {
    var state = JSON.parse(event.data);
    show(state.problems, say[state.lang] || say.fr, state.lang);
  });

  function show(problems, words, lang) {
    var old = document.getElementById('portal-problems');
    if (old) { old.remove(); }
    if (!problems.length) { return; }
    var box = document.createElement('dialog');
    box.id = 'portal-problems';
    box.setAttribute('aria-labelledby', 'portal-problems-title');
    box.lang = lang;
    box.tabIndex = -1;
    var title = document.createElement('h2');
    title.id = 'portal-problems-title';
    title.textContent = words.title(problems.length);
    var intro = document.createElement('p');
    intro.textContent = words.intro;
    var list = document.createElement('ul');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      if (problem.file) {
        var where = document.createElement('code');
        where.textContent = problem.file + ':' + problem.line + ':' + problem.column;
        item.append(where, ' ');
      }
      if (problem.field) {
        var field = document.createElement('strong');
        field.textContent = problem.field;
        item.append(field, lang === 'fr' ? ' : ' : ': ');
      }
      item.append(problem.message);
      list.append(item);
    });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = words.close;
    close.addEventListener('click', function () { box.close(); });
    box.addEventListener('keydown', function (event) { if (event.key === 'Escape') { box.close(); } });
    box.append(title, intro, list, close);
    document.body.append(box);
    box.show();
    box.focus({preventScroll: true});
  }
})();
