// Tiny stand-in for functions/api/src/lambda.ts so infra tests bundle in milliseconds
// and do not depend on the API package.
export const handler = async () => ({ statusCode: 200, body: "ok" });
