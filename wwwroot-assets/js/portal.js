// Small helpers the Blazor components call through JS interop.
window.portal = {
  // Called once the circuit has rendered the layout: from here on clicks reach the server.
  markInteractive: () => { document.body.dataset.interactive = "true"; },
};
