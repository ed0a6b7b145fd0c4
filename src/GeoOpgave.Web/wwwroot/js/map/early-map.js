// Loaded by every page (App.razor) as a module, so it runs once the prerendered page is parsed: where the page holds a
// buurten map, the map starts here and asks for its tiles while blazor.web.js is still starting the circuit. The map
// component takes it over when it renders (createMap in BuurtMap.razor.js).
const element = document.querySelector('[data-early-tiles]');
if (element && window.L) {
  const { startEarly } = await import('../../Components/Map/BuurtMap.razor.js');
  startEarly(element);
}
