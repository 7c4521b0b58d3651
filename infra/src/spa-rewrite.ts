/**
 * CloudFront Function (viewer request, default behaviour only) that serves the SPA shell for
 * client-side routes such as /hoi-vien/123.
 *
 * Why not distribution-level errorResponses (403/404 -> /index.html)? Those apply to every
 * origin, so a 403/404 from /api/* would reach the browser as index.html with status 200.
 * Paths whose last segment has a file extension (e.g. /assets/app-3f2a.js) are left alone,
 * so a missing asset still fails loudly instead of returning HTML.
 */
export const spaRewriteSource = `function handler(event) {
  var request = event.request;
  var last = request.uri.split("/").pop();
  if (!/\\.[A-Za-z0-9]{1,8}$/.test(last)) {
    request.uri = "/index.html";
  }
  return request;
}`;
