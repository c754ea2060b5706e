// The actor network, laid out by cytoscape's force-directed layout (cose). Actors are circles sized by
// incidents, target categories are grey boxes; dashed edges are registry kinship (parent, affiliates).
(function () {
  "use strict";
  function draw() {
    const box = document.getElementById("graph");
    const data = document.getElementById("network-data");
    if (!box || !data) return;
    const page = JSON.parse(data.textContent);
    const elements = page.nodes.map((n) => ({ data: n, classes: n.kind + (n.incidents ? "" : " faint") }))
      .concat(page.edges.map((e) => ({ data: e, classes: e.kind })));
    const cy = cytoscape({
      container: box,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "text-wrap": "wrap",
                                     "text-max-width": 120, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "node.actor", style: { "background-color": "#d62728",
                                           width: "mapData(incidents, 0, 10, 14, 46)",
                                           height: "mapData(incidents, 0, 10, 14, 46)" } },
        { selector: "node.faint", style: { "background-color": "#f3b0b0", color: "#777" } },
        { selector: "node.target", style: { shape: "round-rectangle", "background-color": "#7f8c99",
                                            width: 22, height: 16 } },
        { selector: "edge.targets", style: { width: "mapData(weight, 1, 10, 1, 7)", "line-color": "#999",
                                             "target-arrow-shape": "triangle", "target-arrow-color": "#999",
                                             "curve-style": "bezier" } },
        { selector: "edge.affiliate", style: { width: 1.5, "line-style": "dashed", "line-color": "#d62728" } },
      ],
      layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000,
                idealEdgeLength: () => 90, gravity: 0.3, numIter: 1500, padding: 30 },
    });
    cy.on("tap", "node.actor", (evt) => {
      window.location.href = "/actors/" + encodeURIComponent(evt.target.data("label"));
    });
    box.dataset.nodes = String(cy.nodes().length);
    window.newseventsGraph = cy;
  }
  draw();
  document.body.addEventListener("htmx:afterSettle", draw);
})();
