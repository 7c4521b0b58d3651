import { join } from "node:path";
import { dataDir } from "../local/paths";

/** npm start writes its DynamoDB Local address here, so `npm run admin` can share the running instance. */
export const endpointFile = join(dataDir, "..", "dynamodb-endpoint");
