// The incident map: country outlines from the bundled world atlas (no tiles), one circle per incident,
// sized by deaths and coloured by type. Redrawn from #overview-data whenever htmx swaps the page content.
(function () {
  "use strict";
  const el = document.getElementById("map");
  if (!el) return;
  const colors = JSON.parse(el.dataset.colors);
  const map = L.map(el, { worldCopyJump: false, attributionControl: true, minZoom: 1, maxZoom: 12 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas)");
  map.setView([20, 20], 2);
  const markers = L.layerGroup().addTo(map);
  window.newseventsMap = map;                   // for the browser tests and the curious
  const MAX_RADIUS = 36;                        // px: a circle's area follows deaths up to this size

  // A country that crosses the 180th meridian (Russia's Chukotka, Fiji, the Aleutians) comes with points at
  // both ends of the map; drawn as they are, its polygons smear a band across the whole world. Its smaller
  // side (by points) moves across by 360°, so the country is drawn whole, just past the edge. A ring around a
  // pole (Antarctica) jumps across the map an odd number of times and is left as it is.
  function jumps(ring) {
    let n = 0;
    for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) n++;
    return n;
  }
  function unwrap(geometry) {
    const polys = !geometry ? null : geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : null;
    if (!polys) return geometry;
    let west = 0, east = 0, min = 180, max = -180;
    for (const poly of polys) {
      for (const ring of poly) {
        if (jumps(ring) % 2) return geometry;
        for (const [lon] of ring) {
          if (lon < 0) west++; else east++;
          min = Math.min(min, lon); max = Math.max(max, lon);
        }
      }
    }
    if (max - min <= 180) return geometry;
    const move = west < east ? ([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]
                             : ([lon, lat]) => [lon > 0 ? lon - 360 : lon, lat];
    const moved = polys.map((poly) => poly.map((ring) => ring.map(move)));
    return geometry.type === "Polygon" ? { type: "Polygon", coordinates: moved[0] }
                                       : { type: "MultiPolygon", coordinates: moved };
  }

  fetch("/static/vendor/countries-50m.json")
    .then((r) => r.json())
    .then((atlas) => {
      const countries = topojson.feature(atlas, atlas.objects.countries);
      countries.features.forEach((f) => { f.geometry = unwrap(f.geometry); });
      L.geoJSON(countries, {
        interactive: false,
        style: (f) => ({ className: "country country-" + f.id, color: "#8a99a8", weight: 0.6,
                         fillColor: "#f4f1ea", fillOpacity: 1 }),
      }).addTo(map).bringToBack();
      el.dataset.outlines = String(countries.features.length);
    });

  function popup(p) {
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = "/incidents/" + encodeURIComponent(p.incident_id);
    link.textContent = p.event_type.replace(/_/g, " ") + (p.place ? " in " + p.place : "");
    box.appendChild(link);
    const lines = [
      (p.date || "undated") + (p.country ? " · " + p.country : ""),
      "deaths: " + p.deaths + " · status: " + p.status,
      p.perpetrators.length ? "by " + p.perpetrators.join(", ") : "perpetrator unknown",
      p.articles + " article(s)",
    ];
    for (const text of lines) {
      const div = document.createElement("div");
      div.textContent = text;                 // never innerHTML: names come from article text
      box.appendChild(div);
    }
    return box;
  }

  function draw() {
    const data = document.getElementById("overview-data");
    markers.clearLayers();
    if (!data) { el.dataset.markers = "0"; return; }
    const page = JSON.parse(data.textContent);
    const bounds = [];
    const features = page.map.features.slice().sort((a, b) => b.properties.deaths - a.properties.deaths);
    for (const f of features) {                 // the deadliest first, so smaller circles stay clickable on top
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const m = L.circleMarker([lat, lon], {
        radius: Math.min(MAX_RADIUS, 4 + 1.2 * Math.sqrt(p.deaths)), color: "#333", weight: 1,
        fillColor: colors[p.event_type] || "#999", fillOpacity: 0.75,
        className: "incident-marker",
      });
      m.bindPopup(() => popup(p));
      m.addTo(markers);
      bounds.push([lat, lon]);
    }
    el.dataset.markers = String(bounds.length);
    if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 5 });
  }

  draw();
  document.body.addEventListener("htmx:afterSettle", draw);
})();
