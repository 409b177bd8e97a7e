// Small helpers the Blazor components call through JS interop.
window.portal = {
  // Submits a server-rendered form (sign-out needs a real POST with its antiforgery token).
  submitForm: (id) => document.getElementById(id)?.requestSubmit(),

  // Called once the circuit has rendered the layout: from here on clicks reach the server.
  markInteractive: () => { document.body.dataset.interactive = "true"; },
};
