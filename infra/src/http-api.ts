import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { type CfnStage, HttpApi, HttpMethod, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";

/**
 * Whole-API limits. The evening results are announced, a third of 50,000 members signing in
 * within an hour at ~25 calls each is ~120 requests/s on top of officers' work (DEPLOY.md, "Chi
 * phí"), so 100/s would answer 429 at exactly the wrong moment; 300/s leaves room and still caps
 * what a runaway client can cost.
 */
export const defaultThrottle = { burstLimit: 600, rateLimit: 300 };

/**
 * Login is the one route worth guessing at. This is a cap for the whole route, across all
 * clients: it blunts credential stuffing at the edge, before a Lambda runs. Per-account lockout
 * lives in the API. 10/s sustained is 36,000 sign-ins an hour, far above a federation's peak.
 */
export const loginRoute = { key: "POST /api/t/{tenant}/auth/login", burstLimit: 20, rateLimit: 10 };

// HTTP API variables only ($context.resourcePath etc. from REST APIs are not available here).
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    ip: "$context.identity.sourceIp",
    requestTime: "$context.requestTime",
    method: "$context.httpMethod",
    routeKey: "$context.routeKey",
    path: "$context.path",
    status: "$context.status",
    protocol: "$context.protocol",
    responseLength: "$context.responseLength",
    latencyMs: "$context.responseLatency",
    integrationError: "$context.integrationErrorMessage",
  }),
);

export function createHttpApi(scope: Construct, handler: IFunction) {
  const api = new HttpApi(scope, "HttpApi", {
    apiName: "congdoan-api",
    // Own stage below: the implicit default stage cannot take throttling or access logs.
    createDefaultStage: false,
  });
  const integration = new HttpLambdaIntegration("ApiIntegration", handler);
  api.addRoutes({ path: "/api/{proxy+}", methods: [HttpMethod.ANY], integration });
  // Route settings can only name a route that exists, so login gets its own (same handler);
  // API Gateway prefers this exact match over the proxy route.
  const [login] = api.addRoutes({
    path: "/api/t/{tenant}/auth/login",
    methods: [HttpMethod.POST],
    integration,
  });

  const accessLogs = new LogGroup(scope, "ApiAccessLogs", { retention: RetentionDays.ONE_MONTH });
  const stage = api.addStage("DefaultStage", {
    stageName: "$default",
    autoDeploy: true,
    throttle: defaultThrottle,
    accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
  });
  const cfnStage = stage.node.defaultChild as CfnStage;
  // RouteSettings is untyped JSON in CloudFormation: CDK passes it through, so PascalCase here.
  cfnStage.routeSettings = {
    [loginRoute.key]: {
      ThrottlingBurstLimit: loginRoute.burstLimit,
      ThrottlingRateLimit: loginRoute.rateLimit,
    },
  };
  if (login) cfnStage.node.addDependency(login);
  return { api, stage };
}
