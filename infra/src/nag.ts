import { Aspects, type IAspect, Validations } from "aws-cdk-lib";
import { CfnPolicy } from "aws-cdk-lib/aws-iam";
import { rules } from "cdk-nag";
import type { IConstruct } from "constructs";

/**
 * Acknowledges AwsSolutions-IAM5 (wildcard) findings under `scope` whose finding text matches
 * one of `patterns`.
 *
 * cdk-nag v3 only accepts exact finding IDs, and some of them embed the deploy account/region
 * (e.g. the CDK asset bucket ARN), which differ between tests, offline synth and real deploys.
 * Running cdk-nag's own rule at synth time keeps the acknowledgement exact without pinning an
 * environment; the patterns keep it narrow enough to review.
 */
export function acknowledgeWildcards(scope: IConstruct, patterns: RegExp[], reason: string) {
  const aspect: IAspect = {
    visit(node) {
      if (!(node instanceof CfnPolicy)) return;
      const findings = rules.iam.IAMNoWildcardPermissions(node);
      if (!Array.isArray(findings)) return;
      for (const finding of findings) {
        if (patterns.some((pattern) => pattern.test(finding))) {
          Validations.of(node).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
        }
      }
    },
  };
  Aspects.of(scope).add(aspect);
}
