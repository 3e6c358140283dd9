// Test support: where the hand-written vendor-shaped fixtures and the real selection files live.
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const fixturePaths = {
  genesysSwagger: here('./fixtures/genesys-cloud/swagger.json'),
  cxoneAdmin: here('./fixtures/nice-cxone/admin.yaml'),
  cxoneRealtime: here('./fixtures/nice-cxone/realtime.yaml'),
  htmlErrorPage: here('./fixtures/bad/error-page.html'),
  swagger12: here('./fixtures/bad/swagger-1.2.json'),
  genesysSelection: here('../../specs/genesys-cloud/selection.yaml'),
  cxoneSelection: here('./fixtures/nice-cxone/selection.yaml'),
};
