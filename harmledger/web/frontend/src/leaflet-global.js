// leaflet.markercluster extends the global `L`; set it before the plugin is evaluated.
import L from "leaflet";

window.L = L;
export default L;
