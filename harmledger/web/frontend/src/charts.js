// The dashboard's charts: Chart.js bar charts drawn from the figures' own tables.
//
// Every chart figure carries a server-rendered table of its rows (label, minimum, maximum)
// and an SVG drawing of them; both work without this script. When it runs, each figure gets
// a canvas with a horizontal min–max bar chart (readable labels, legend, tooltips, right to
// left on right-to-left pages) and the SVG drawing is hidden; the table stays for readers
// who want the numbers.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const DARK = "#8c1d18";
const LIGHT = "#e8a7a1";

function number(text) {
  return text === "" || text == null ? null : Number(text);
}

function draw(figure) {
  const table = figure.querySelector("table.chart-table");
  const rows = [...table.querySelectorAll("tbody tr")];
  if (!rows.length) return;
  const rtl = document.documentElement.dir === "rtl";
  const lang = document.documentElement.lang;
  const labels = rows.map((row) => row.querySelector("th").textContent.trim());
  const low = rows.map((row) => number(row.dataset.min) ?? 0);
  const high = rows.map((row, i) => Math.max(0, (number(row.dataset.max) ?? low[i]) - low[i]));
  const holder = figure.querySelector(".chart-canvas");
  const canvas = holder.querySelector("canvas");
  holder.style.height = `${Math.max(120, rows.length * 30 + 70)}px`;
  holder.hidden = false;
  for (const fallback of figure.querySelectorAll(".chart-fallback")) fallback.setAttribute("hidden", "");
  const data = figure.dataset;
  const chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels,
      datasets: [
        { label: data.labelMin, data: low, backgroundColor: DARK, stack: "range" },
        { label: data.labelMax, data: high, backgroundColor: LIGHT, stack: "range" },
      ],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: lang,
      font: { size: 14 },
      scales: {
        x: {
          stacked: true,
          reverse: rtl,
          beginAtZero: true,
          ticks: { font: { size: 13 }, color: "#222" },
          title: { display: Boolean(data.labelAxis), text: data.labelAxis, font: { size: 13 }, color: "#222" },
        },
        y: {
          stacked: true,
          position: rtl ? "right" : "left",
          ticks: {
            font: { size: 13 },
            color: "#222",
            autoSkip: false,
            // on a narrow screen long labels are cut (the tooltip and the table keep them whole)
            callback(value) {
              const label = String(this.getLabelForValue(value));
              const room = Math.max(14, Math.floor(canvas.clientWidth / 16));
              return label.length > room ? `${label.slice(0, room - 1)}…` : label;
            },
          },
        },
      },
      plugins: {
        legend: { rtl, position: "top", labels: { font: { size: 13 }, color: "#222" } },
        tooltip: {
          rtl,
          callbacks: {
            // the light bar is stacked on the dark one: say the maximum, not the difference
            label: (item) =>
              `${item.dataset.label}: ${(item.datasetIndex === 0 ? low[item.dataIndex] : low[item.dataIndex] + high[item.dataIndex]).toLocaleString(lang)}`,
          },
        },
      },
    },
  });
  figure.dataset.drawn = "true";
  return chart;
}

window.harmledgerCharts = [...document.querySelectorAll("figure[data-chart]")].map(draw);
