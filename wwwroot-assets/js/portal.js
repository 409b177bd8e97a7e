// Small helpers the Blazor components call through JS interop, and Blazor's start.
window.portal = {
  // Called once the circuit has rendered the layout: from here on clicks reach the server.
  markInteractive: () => { document.body.dataset.interactive = "true"; },
};

// Every page but the sign-in pages is interactive, so once a page's circuit is up its links are
// followed on the server. Before that, a link is loaded as a whole page: fetching it into the old
// page while the old page's circuit was starting could leave the old page on screen under the new
// address, or a page that never answered.
Blazor.start({ ssr: { disableDomPreservation: true } });
