// Draw a box on a page of the original to redact it. One image pixel is one PDF point times
// the shown scale; the box goes into the hidden fields of the "passage toevoegen" form.
(function () {
  "use strict";
  var form = document.getElementById("toevoegen");
  if (!form) { return; }
  var status = document.getElementById("vlak-melding");
  function set(id, value) { document.getElementById(id).value = value; }
  document.querySelectorAll("img.pagina[data-pagina]").forEach(function (img) {
    img.classList.add("pagina--teken");
    var start = null;
    function point(event) {
      var rect = img.getBoundingClientRect();
      var scale = img.naturalWidth / rect.width;
      return { x: (event.clientX - rect.left) * scale, y: (event.clientY - rect.top) * scale };
    }
    img.addEventListener("mousedown", function (event) { event.preventDefault(); start = point(event); });
    img.addEventListener("mouseup", function (event) {
      if (!start) { return; }
      var end = point(event);
      var x0 = Math.min(start.x, end.x), y0 = Math.min(start.y, end.y);
      var x1 = Math.max(start.x, end.x), y1 = Math.max(start.y, end.y);
      start = null;
      if (x1 - x0 < 3 || y1 - y0 < 3) { return; }
      set("vlak-pagina", img.dataset.pagina);
      set("vlak-x0", x0.toFixed(1)); set("vlak-y0", y0.toFixed(1));
      set("vlak-x1", x1.toFixed(1)); set("vlak-y1", y1.toFixed(1));
      status.textContent = "Vlak getekend op pagina " + img.dataset.pagina +
        ". Kies de grond en klik op 'Passage lakken'.";
    });
  });
})();
