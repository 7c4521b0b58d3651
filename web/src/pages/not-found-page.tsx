import { NotFoundView } from "../components/not-found-view";
import { PublicLayout } from "../components/public-layout";

export function NotFoundPage() {
  return (
    <PublicLayout>
      <NotFoundView />
    </PublicLayout>
  );
}
