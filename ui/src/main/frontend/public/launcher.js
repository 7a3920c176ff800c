/*
 * The Campus SMS launcher for other campus web pages (a portal, the student system): a button that opens Campus SMS
 * in its own window, the way staff reach texting from wherever they work. Embed it with
 *   <script src="https://sms.example.edu/app/launcher.js" data-into="#toolbar" defer></script>
 * data-into: where the button goes (a CSS selector; default: the end of the page).
 * data-label: its text (default "Text messages (SMS)").
 * data-person: a name to look up at once in New conversation (e.g. the student the page is about).
 * The button is a real <button>, so it works from the keyboard and takes the page's own styles.
 */
(function () {
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var app = new URL('./', script.src).href;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'campus-sms-launcher';
  button.textContent = script.dataset.label || 'Text messages (SMS)';
  button.addEventListener('click', function () {
    var person = script.dataset.person;
    var target = person ? app + 'new?q=' + encodeURIComponent(person) : app;
    // noopener: Campus SMS gets no handle on the page that opened it, nor that page on Campus SMS.
    window.open(target, 'campus-sms', 'popup,width=1100,height=800,noopener,noreferrer');
  });
  var place = (script.dataset.into && document.querySelector(script.dataset.into)) || document.body;
  place.appendChild(button);
})();
