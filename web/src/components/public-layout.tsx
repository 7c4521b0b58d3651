import type { ParentProps } from "solid-js";
import { MainRegion } from "./main-region";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function PublicLayout(props: ParentProps<{ context?: string | undefined; contextHref?: string }>) {
  return (
    <div class="page">
      <SiteHeader context={props.context} contextHref={props.contextHref} />
      <MainRegion class="container">{props.children}</MainRegion>
      <SiteFooter />
    </div>
  );
}
