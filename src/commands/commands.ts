/**
 * Ribbon command bundle. The only ribbon button ("Beleidsmonitor" on the Home tab) is a ShowTaskpane
 * action, which Office handles itself, so there are no ExecuteFunction handlers to register yet.
 * In the shared runtime this bundle is loaded by taskpane.html (the manifest's FunctionFile).
 */
Office.onReady(() => {
  // Register ExecuteFunction handlers here with Office.actions.associate("name", handler) when a button needs one.
});
