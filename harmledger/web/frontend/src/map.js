// The interactive maps: Leaflet with clustering, in one bundle for two pages.
//
// The map page (data-mode="incidents") draws the ledger from the app's bounded map API; an
// incident page (data-mode="places") draws the places the page itself lists (the incident's
// and its claims'), so it asks the server for the base layer only.
//
// Each move asks /api/map for the window's bbox at its zoom, so the browser never holds more
// than the few hundred clusters and incidents the server sends. The server's clusters (the
// ledger grouped in the database) are drawn as cluster badges; the incidents it sends one by
// one go into a markercluster group, which merges those still too close to tell apart.
// The base layer is the app's own offline GeoJSON (graticule and gazetteer towns); tiles from
// the configured tile server, when there is one, lie under it.
import L from "./leaflet-global.js";
import "leaflet.markercluster";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import "./map.css";

const MIN_ZOOM = 1;
const MAX_ZOOM = 18;

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

function boxOf(bounds) {
  return [
    clamp(bounds.getWest(), -180, 180),
    clamp(bounds.getSouth(), -85.05, 85.05),
    clamp(bounds.getEast(), -180, 180),
    clamp(bounds.getNorth(), -85.05, 85.05),
  ].map((v) => v.toFixed(5)).join(",");
}

function sizeClass(count) {
  return count < 10 ? "small" : count < 100 ? "medium" : "large";
}

function badge(count) {
  return L.divIcon({
    html: `<div><span>${count.toLocaleString()}</span></div>`,
    className: `marker-cluster marker-cluster-${sizeClass(count)}`,
    iconSize: L.point(40, 40),
  });
}

function dot(deaths) {
  const radius = Math.round(5 + 3 * Math.log10(1 + (deaths || 0)));
  return L.divIcon({
    html: "",
    className: "incident-dot",
    iconSize: L.point(2 * radius, 2 * radius),
  });
}

async function getJSON(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

// What both maps share: Leaflet in the element (the server-drawn SVG map gives way to it), the
// zoom buttons at the page's inline start, the configured tiles under the app's offline base
// layer, and a loader that brings the base layer of the window it is asked for.
function baseMap(element) {
  const data = element.dataset;
  element.hidden = false;
  for (const fallback of document.querySelectorAll(".map-fallback")) fallback.hidden = true;

  const map = L.map(element, {
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    worldCopyJump: false,
    zoomControl: false,
  });
  // Leaflet always puts its zoom buttons top left; a right-to-left page wants them at its
  // inline start, top right. The map itself is dir="ltr" (west stays left), so ask the page.
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  L.control.zoom({ position: rtl ? "topright" : "topleft" }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (data.tiles) {
    L.tileLayer(data.tiles, {
      attribution: data.attribution || "",
      maxZoom: MAX_ZOOM,
      subdomains: "abc",
    }).addTo(map);
  }
  const degrees = L.layerGroup().addTo(map);
  const base = L.geoJSON(null, {
    style: { className: "graticule", weight: 1 },
    pointToLayer: (feature, latlng) =>
      L.circleMarker(latlng, { radius: 2, className: "town", interactive: false }).bindTooltip(
        feature.properties.name,
        { permanent: true, direction: "right", className: "town-label", offset: [4, 0] },
      ),
    interactive: false,
    onEachFeature: (feature) => {
      // a meridian's degrees at the window's top, a parallel's at its left edge
      const [first, last] = feature.geometry.coordinates;
      if (feature.geometry.type !== "LineString") return;
      const meridian = feature.properties.kind === "meridian";
      const at = meridian ? [last[1], last[0]] : [first[1], first[0]];
      const icon = L.divIcon({
        html: feature.properties.label,
        className: "graticule-label",
        iconSize: null,
        iconAnchor: meridian ? [-3, -2] : [-3, 16],
      });
      degrees.addLayer(L.marker(at, { icon, interactive: false, keyboard: false }));
    },
  }).addTo(map);

  function view() {
    return { zoom: clamp(Math.round(map.getZoom()), MIN_ZOOM, MAX_ZOOM), bbox: boxOf(map.getBounds()) };
  }

  async function loadBase(bbox, zoom, signal) {
    const layer = await getJSON(`${data.base}?bbox=${bbox}&zoom=${zoom}`, signal);
    return () => {
      base.clearLayers();
      degrees.clearLayers();
      base.addData(layer);
    };
  }

  return { map, view, loadBase };
}

// The map page: every matching incident, as the server clusters them for the window.
function startIncidents(element) {
  const data = element.dataset;
  const text = {
    cluster: data.labelCluster,
    count: data.labelCount,
    deaths: data.labelDeaths,
    open: data.labelOpen,
    failed: data.labelFailed,
    truncated: data.labelTruncated,
  };
  const status = document.getElementById(data.status);
  const filters = data.filters || "";
  const { map, view, loadBase } = baseMap(element);
  // one group for the server's clusters and its single incidents: markers closer than the
  // radius merge into one badge whose number is the sum of the incidents they stand for
  const markers = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    iconCreateFunction: (group) =>
      badge(group.getAllChildMarkers().reduce((sum, m) => sum + (m.options.count || 1), 0)),
  }).addTo(map);

  const [west, south, east, north] = data.bbox.split(",").map(Number);
  const first = L.latLngBounds([south, west], [north, east]);
  let controller = null;

  async function refresh() {
    if (controller) controller.abort();
    controller = new AbortController();
    const { zoom, bbox } = view();
    const query = new URLSearchParams(filters);
    query.set("bbox", bbox);
    query.set("zoom", String(zoom));
    query.set("cover", "true");
    element.dataset.state = "loading";
    try {
      const [found, drawBase] = await Promise.all([
        getJSON(`${data.api}?${query}`, controller.signal),
        loadBase(bbox, zoom, controller.signal),
      ]);
      drawBase();
      markers.clearLayers();
      for (const cluster of found.clusters) {
        const [w, s, e, n] = cluster.bbox;
        const marker = L.marker([cluster.latitude, cluster.longitude], {
          icon: badge(cluster.count),
          title: fill(text.cluster, { count: cluster.count }),
          alt: fill(text.cluster, { count: cluster.count }),
          keyboard: true,
          count: cluster.count,
        });
        marker.on("click", () => {
          const target = L.latLngBounds([s, w], [n, e]);
          const next = Math.max(map.getZoom() + 1, map.getBoundsZoom(target));
          map.setView(target.getCenter(), Math.min(MAX_ZOOM, next));
        });
        markers.addLayer(marker);
      }
      for (const incident of found.incidents) {
        if (incident.latitude == null || incident.longitude == null) continue;
        const deaths = incident.civilians_killed_max ?? incident.civilians_killed_min ?? 0;
        const marker = L.marker([incident.latitude, incident.longitude], {
          icon: dot(deaths),
          title: incident.name,
          alt: incident.name,
        });
        const popup = document.createElement("div");
        const link = document.createElement("a");
        link.href = `/incidents/${incident.id}`;
        link.textContent = incident.name;
        link.dir = "auto";
        const figure = document.createElement("p");
        figure.textContent = fill(text.deaths, { n: deaths });
        popup.append(link, figure);
        marker.bindPopup(popup);
        markers.addLayer(marker);
      }
      const count = found.total.toLocaleString(document.documentElement.lang);
      status.textContent = fill(text.count, { n: count }) + (found.truncated ? ` ${text.truncated}` : "");
      element.dataset.state = "ready";
      element.dataset.zoom = String(zoom);
      element.dataset.clusters = String(found.clusters.length);
      element.dataset.incidents = String(found.incidents.length);
      const here = new URL(window.location.href);
      here.searchParams.set("bbox", bbox);
      here.searchParams.set("zoom", String(zoom));
      window.history.replaceState(null, "", here);
    } catch (error) {
      if (error.name === "AbortError") return;
      element.dataset.state = "failed";
      status.textContent = text.failed;
      console.error(error);
    }
  }

  map.on("moveend", refresh);
  const zoom = Number(data.zoom);
  if (data.keep === "true") map.setView(first.getCenter(), zoom);
  else map.fitBounds(first, { maxZoom: zoom });
  window.harmledgerMap = map; // for the browser tests and for people poking at the page
}

// An incident page: its own place and its claims' places (the page lists them as JSON), each
// with a popup linking to what the page says about it; the window only fetches its base layer.
function startPlaces(element) {
  const data = element.dataset;
  const status = document.getElementById(data.status);
  const places = JSON.parse(data.places || "[]");
  const { map, view, loadBase } = baseMap(element);
  // few places, each drawn where it is (the server merged the ones that share a point)
  const markers = L.featureGroup().addTo(map);
  for (const place of places) {
    const incident = place.kind === "incident";
    const title = fill(incident ? data.labelIncident : data.labelClaims, { place: place.place || "" });
    const marker = L.marker([place.latitude, place.longitude], {
      icon: incident
        ? dot(place.deaths)
        : L.divIcon({ html: "", className: "claim-place", iconSize: L.point(12, 12) }),
      title,
      alt: title,
      zIndexOffset: incident ? 1000 : 0,
    });
    const popup = document.createElement("div");
    const heading = document.createElement("p");
    heading.textContent = title;
    heading.dir = "auto";
    popup.append(heading);
    for (const id of place.claims) {
      const anchor = document.createElement("a");
      anchor.href = `#claim-${id}`;
      anchor.textContent = fill(data.labelClaim, { n: id });
      popup.append(anchor, " ");
    }
    marker.bindPopup(popup);
    markers.addLayer(marker);
  }
  let controller = null;

  async function refresh() {
    if (controller) controller.abort();
    controller = new AbortController();
    const { zoom, bbox } = view();
    element.dataset.state = "loading";
    try {
      (await loadBase(bbox, zoom, controller.signal))();
      element.dataset.state = "ready";
      element.dataset.zoom = String(zoom);
      element.dataset.drawn = String(places.length);
    } catch (error) {
      if (error.name === "AbortError") return;
      element.dataset.state = "failed";
      status.textContent = data.labelFailed;
      console.error(error);
    }
  }

  map.on("moveend", refresh);
  const bounds = L.latLngBounds(places.map((p) => [p.latitude, p.longitude]));
  map.fitBounds(bounds.pad(0.2), { maxZoom: Number(data.zoom) || 10 });
  window.harmledgerMap = map;
}

const element = document.getElementById("live-map");
if (element) (element.dataset.mode === "places" ? startPlaces : startIncidents)(element);
