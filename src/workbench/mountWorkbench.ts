import path from 'node:path';
import express, { type Request, type Response, type NextFunction } from 'express';
import { projectRoot, type Config } from '../config';
import { prefersPlaygroundPage } from './prefersPlaygroundPage';
import { readExampleOperations } from './readExampleOperations';
import { vendorFiles } from './vendorFiles';
import { workbenchHeaders } from './workbenchHeaders';

/**
 * Mounts the researchers' workbench on the app, before Apollo's /graphql middleware:
 * - when `config.playground` is on, a browser GET of /graphql (text/html, no `query`) gets the offline GraphiQL
 *   page, with the example operations of schema/operations at /workbench/operations.json;
 * - always, the graph explorer at /explorer, which uses only the public GraphQL API.
 * Why: researchers need a browser UI that works without internet; everything it loads comes from this server.
 */
export function mountWorkbench(app: express.Express, config: Config): void {
  const pages = path.join(projectRoot, 'public', 'workbench');
  const staticOptions = { index: false, redirect: false, fallthrough: true } as const;
  const sendPage = (file: string) => (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(pages, file));
  };

  const vendor = express.Router();
  for (const { name, file } of vendorFiles({ playground: config.playground })) {
    vendor.get(`/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1h' }));
  }
  app.use('/workbench/vendor', workbenchHeaders, vendor);
  app.use('/workbench/shared', workbenchHeaders, express.static(path.join(pages, 'shared'), staticOptions));
  app.use('/workbench/explorer', workbenchHeaders, express.static(path.join(pages, 'explorer'), staticOptions));
  app.get('/explorer', workbenchHeaders, sendPage('explorer/index.html'));

  if (!config.playground) return;
  const operations = readExampleOperations(path.join(projectRoot, 'schema', 'operations'));
  app.get('/workbench/operations.json', workbenchHeaders, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(operations);
  });
  app.use('/workbench/playground', workbenchHeaders, express.static(path.join(pages, 'playground'), staticOptions));
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (!prefersPlaygroundPage(req)) return next();
    workbenchHeaders(req, res, () => sendPage('playground/index.html')(req, res));
  });
}
