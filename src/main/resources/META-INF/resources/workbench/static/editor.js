// The draft editor: CodeMirror 5 (served from its webjar) over the form's textarea, which it keeps in step, so the
// form posts the text as it would without scripts. Highlighting: Drools rules (DRL, on CodeMirror's C-like mode),
// YAML, and CSV decision tables. Lines with a problem are marked, and each problem in the list jumps to its line.
(function () {
  'use strict';
  function words(text) {
    var set = {};
    text.split(' ').forEach(function (w) { set[w] = true; });
    return set;
  }
  CodeMirror.defineMIME('text/x-drl', {
    name: 'clike',
    keywords: words('package import global function query declare rule when then end salience no-loop '
      + 'not exists eval from collect accumulate insert insertLogical modify retract delete update and or forall '
      + 'dialect agenda-group activation-group lock-on-active if else return new this null true false'),
    types: words('BigDecimal String Integer Long Boolean LocalDate List Map Set int long boolean double'),
    atoms: words('true false null'),
    hooks: { '@': function (stream) { stream.eatWhile(/[\w$_]/); return 'meta'; } }
  });
  CodeMirror.defineMode('csv', function () {
    return {
      startState: function () { return { column: 0 }; },
      token: function (stream, state) {
        if (stream.sol()) { state.column = 0; }
        if (stream.eat(',')) { state.column++; return 'punctuation'; }
        if (stream.peek() === '"') {
          stream.next();
          while (!stream.eol()) { if (stream.next() === '"' && !stream.eat('"')) { break; } }
          return state.column === 0 ? 'keyword' : 'string';
        }
        stream.eatWhile(/[^,"]/);
        var text = stream.current();
        if (/^\s*-?\d+(\.\d+)?\s*$/.test(text)) { return 'number'; }
        return state.column === 0 ? 'keyword' : null;
      }
    };
  });
  CodeMirror.defineMIME('text/csv', 'csv');

  var textarea = document.getElementById('text');
  if (!textarea) { return; }
  var editor = CodeMirror.fromTextArea(textarea, {
    mode: textarea.dataset.mode,
    lineNumbers: true,
    indentUnit: 4,
    viewportMargin: Infinity,
    screenReaderLabel: 'Text of the file',
    gutters: ['problem-gutter', 'CodeMirror-linenumbers'],
    // Tab leaves the editor, as everywhere else on the page (keyboard users must be able to get out); indent with spaces.
    extraKeys: { Tab: false, 'Shift-Tab': false }
  });
  editor.setSize(null, '32rem');

  var problemLines = (textarea.dataset.problemLines || '').trim().split(/\s+/).filter(Boolean).map(Number);
  problemLines.forEach(function (line) {
    if (line > 0 && line <= editor.lineCount()) {
      editor.addLineClass(line - 1, 'background', 'problem-line');
      var marker = document.createElement('span');
      marker.className = 'problem-marker';
      marker.textContent = '●';
      marker.setAttribute('aria-hidden', 'true');
      editor.setGutterMarker(line - 1, 'problem-gutter', marker);
    }
  });

  function goTo(line) {
    if (line > 0) {
      editor.setCursor({ line: line - 1, ch: 0 });
      editor.scrollIntoView({ line: line - 1, ch: 0 }, 120);
      editor.focus();
    }
  }
  document.querySelectorAll('a[data-line]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      goTo(Number(link.dataset.line));
    });
  });
  var hash = /^#line-(\d+)$/.exec(window.location.hash);
  if (hash) {
    var line = Number(hash[1]);
    editor.addLineClass(line - 1, 'background', 'target-line');
    editor.scrollIntoView({ line: line - 1, ch: 0 }, 120);
  } else if (problemLines.length) {
    editor.scrollIntoView({ line: problemLines[0] - 1, ch: 0 }, 120);
  }
  var list = document.querySelector('.file-list');
  var current = list && list.querySelector('a[aria-current]');
  if (current) { // the file being edited is in view in the list (which scrolls by itself, not the page)
    list.scrollTop = current.offsetTop - list.offsetTop - list.clientHeight / 2;
  }
  window.workbenchEditor = editor; // the browser test reads the marked lines and sets the text through it
})();
