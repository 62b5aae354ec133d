#!/usr/bin/env node
// federa: harvest, search and serve the federated catalogue.
import { setFlagsFromString } from 'node:v8';
import { Command, Option } from 'commander';
import { FEDERA_VERSION } from '../core/version.js';
import { ConfigError } from '../harvest/config.js';
import { UnknownSourceError } from '../harvest/harvester.js';
import { QueryError } from '../search/types.js';
import { StoreError } from '../store/errors.js';
import { communityExportCommand, communityImportCommand, communitySeedCommand } from './commands/community.js';
import { detectCommand } from './commands/detect.js';
import { previewCommand } from './commands/preview.js';
import { harvestCommand } from './commands/harvest.js';
import { jobsListCommand, jobsShowCommand } from './commands/jobs.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { sourcesListCommand } from './commands/sources.js';
import { standardsListCommand } from './commands/standards.js';
import { standardsCheckCommand, standardsCoverageCommand } from './commands/standards-coverage.js';
import { standardsMergeCommand } from './commands/standards-merge.js';
import { storeCheckCommand } from './commands/store.js';
import { tokensCreateCommand, tokensListCommand, tokensRevokeCommand } from './commands/tokens.js';
import { validateCommand, type ValidateCommandOptions } from './commands/validate.js';
import { UsageError } from './context.js';
import { cliLanguage } from './lang.js';
import { t } from './messages.js';

// Harvest pages are large and short-lived: growing the heap in small steps keeps their garbage
// from inflating peak memory (measured: 412 MB → 245 MB for three sources at once, same speed).
setFlagsFromString('--heap-growing-percent=10');

const program = new Command('federa')
  .description('Federa: federated bilingual open data catalogue / catalogue fédéré et bilingue de données ouvertes')
  .version(FEDERA_VERSION)
  .addOption(new Option('--db <path>', 'SQLite database (or FEDERA_DB; default ./data/federa.db)'))
  .addOption(new Option('--lang <lang>', 'language of messages and results / langue des messages et des résultats').choices(['en', 'fr']))
  .showHelpAfterError();

let exitCode = 0;
const lang = () => cliLanguage(program.opts<{ lang?: string }>().lang);
const globals = () => program.opts<{ db?: string; lang?: string }>();

program
  .command('harvest')
  .description(
    'harvest the configured sources / moissonner les sources configurées\n' +
      'exit: 0 done, 1 a source failed or another run holds its lock, 2 bad usage, 130/143 stopped by SIGINT/SIGTERM ' +
      '(the page in hand is written, the job saved as interrupted) / ' +
      'sortie : 0 fait, 1 une source en échec ou verrouillée par une autre exécution, 2 usage incorrect, 130/143 arrêt par SIGINT/SIGTERM',
  )
  .option('--config <file>', 'sources.yaml (or FEDERA_CONFIG; default config/sources.yaml)')
  .option('--source <id...>', 'only these sources / seulement ces sources')
  .option('--full', 'list every record and withdraw those gone / tout relister et retirer ce qui a disparu')
  .option('--events', 'job events as JSON lines on stdout / événements des tâches en lignes JSON sur stdout')
  .action(async (opts: { config?: string; source?: string[]; full?: boolean; events?: boolean }) => {
    exitCode = await harvestCommand({ ...globals(), ...opts }, lang());
  });

program
  .command('search')
  .description('search the catalogue / chercher dans le catalogue')
  .argument('[query]', 'words, "phrases", -exclusions, OR')
  .option('--filter <key=value...>', 'jurisdictionLevel, jurisdiction, publisher, source, format, licence, open, subject, keyword, language', (v: string, prev: string[] = []) => [...prev, v])
  .option('--sort <order>', 'relevance | modified | title')
  .option('--page <n>')
  .option('--size <n>')
  .option('--modified-from <date>')
  .option('--modified-to <date>')
  .option('--json', 'the whole response as JSON / la réponse entière en JSON')
  .action(async (query: string | undefined, opts: Record<string, unknown>) => {
    exitCode = await searchCommand(query, { ...globals(), ...opts }, lang(), globals().lang !== undefined);
  });

const sources = program.command('sources').description('configured sources / sources configurées');
sources
  .command('detect')
  .description('recognize the portal at a URL and suggest its entry / reconnaître le portail d’une URL et proposer son entrée')
  .argument('<url>')
  .option('--json')
  .action(async (url: string, opts: { json?: boolean }) => {
    exitCode = await detectCommand(url, opts, lang());
  });
sources
  .command('preview')
  .description('map a few records of a source or URL, writing nothing / convertir quelques fiches sans rien écrire')
  .argument('<id-or-url>')
  .option('--limit <n>', 'records (default 20)')
  .option('--config <file>')
  .option('--json')
  .action(async (target: string, opts: { limit?: string; config?: string; json?: boolean }) => {
    exitCode = await previewCommand(target, { ...globals(), ...opts }, lang());
  });
sources
  .command('list')
  .option('--config <file>')
  .option('--json')
  .action(async (opts: { config?: string; json?: boolean }) => {
    exitCode = await sourcesListCommand({ ...globals(), ...opts }, lang());
  });

const jobs = program.command('jobs').description('harvest jobs / tâches de moissonnage');
jobs
  .command('show')
  .argument('<id>')
  .option('--json')
  .action(async (id: string, opts: { json?: boolean }) => {
    exitCode = await jobsShowCommand(id, { ...globals(), ...opts }, lang());
  });
jobs
  .command('list')
  .option('--source <id>')
  .option('--limit <n>')
  .option('--json')
  .action(async (opts: { source?: string; limit?: string; json?: boolean }) => {
    exitCode = await jobsListCommand({ ...globals(), ...opts }, lang());
  });

const store = program.command('store').description('the catalogue database / la base du catalogue');
store
  .command('check')
  .description('SQLite integrity check and Federa invariants; exit 1 when broken / vérification d’intégrité SQLite et invariants de Federa; sortie 1 si endommagée')
  .option('--json')
  .action(async (opts: { json?: boolean }) => {
    exitCode = await storeCheckCommand({ ...globals(), ...opts }, lang());
  });

const tokens = program.command('tokens').description('API tokens for requests that change state / jetons d’API pour les requêtes qui modifient des données');
tokens
  .command('create')
  .description('print a new token once; only its hash is kept / afficher un nouveau jeton une fois; seul son hachage est conservé')
  .requiredOption('--role <role>', 'admin | editor')
  .option('--name <name>', 'what it is for / à quoi il sert')
  .option('--json')
  .action(async (opts: { role?: string; name?: string; json?: boolean }) => {
    exitCode = await tokensCreateCommand({ ...globals(), ...opts }, lang());
  });
tokens
  .command('list')
  .description('tokens (never the tokens themselves) / jetons (jamais les jetons eux-mêmes)')
  .option('--json')
  .action(async (opts: { json?: boolean }) => {
    exitCode = await tokensListCommand({ ...globals(), ...opts }, lang());
  });
tokens
  .command('revoke')
  .argument('<id>')
  .action(async (id: string) => {
    exitCode = await tokensRevokeCommand(id, globals(), lang());
  });

const community = program.command('community').description('the open government community tracker / le suivi de la communauté du gouvernement ouvert');
community
  .command('import')
  .description(
    'import an OGP commitments CSV, a NAP tracker YAML or a progress CSV; exit 1 when some rows had problems / ' +
      'importer un CSV des engagements du PGO, un YAML de suivi du PAN ou un CSV de progrès; sortie 1 si des lignes ont des problèmes',
  )
  .argument('<file>')
  .option('--format <format>', 'ogp-csv | nap-yaml | progress-csv (guessed when omitted / deviné s’il est omis)')
  .option('--plan <id>', 'plan of progress rows that name none / plan des lignes de progrès qui n’en nomment pas (AP_CAN06)')
  .option('--json')
  .action(async (file: string, opts: { format?: string; plan?: string; json?: boolean }) => {
    exitCode = await communityImportCommand(file, { ...globals(), ...opts }, lang());
  });
community
  .command('export')
  .description('records of one kind, or progress, as CSV or JSON / les enregistrements d’un type, ou les progrès, en CSV ou JSON')
  .requiredOption('--type <type>', 'plan, commitment, milestone, indicator, event, declaration, charter-adoption, learning-resource, member, irm, progress')
  .option('--format <format>', 'csv | json (default csv)')
  .option('--output <file>', 'instead of standard output / au lieu de la sortie standard')
  .action(async (opts: { type?: string; format?: string; output?: string }) => {
    exitCode = await communityExportCommand({ ...globals(), ...opts }, lang());
  });
community
  .command('seed')
  .description('add Canada’s plans and commitments that are missing / ajouter les plans et engagements du Canada qui manquent')
  .option('--json')
  .action(async (opts: { json?: boolean }) => {
    exitCode = await communitySeedCommand({ ...globals(), ...opts }, lang());
  });

// `federa standards …`: the one place the group is created; each subcommand is added after it.
const standards = program.command('standards').description('common data standards / normes de données communes');
standards
  .command('list')
  .description('the data standards Federa ships / les normes de données livrées avec Federa')
  .option('--json')
  .action((opts: { json?: boolean }) => {
    exitCode = standardsListCommand(opts, lang());
  });
standards
  .command('coverage')
  .description(
    'which jurisdictions publish each standard’s data in the catalogue, and whether it conforms / quelles juridictions publient les données de chaque norme dans le catalogue, et si elles sont conformes',
  )
  .option('--json')
  .action(async (opts: { json?: boolean }) => {
    exitCode = await standardsCoverageCommand({ ...globals(), ...opts }, lang());
  });
standards
  .command('check')
  .description(
    'validate the CSV files found for each standard and keep the outcomes (exit 1 when any is not valid) / valider les fichiers CSV trouvés pour chaque norme et garder les résultats (sortie 1 si l’un n’est pas valide)',
  )
  .option('--config <file>', 'sources.yaml, for each source’s network rules / pour les règles réseau de chaque source')
  .option('--standard <name>', 'only this standard / seulement cette norme')
  .option('--max-mb <n>', 'larger files are not checked (default 100) / les fichiers plus gros ne sont pas vérifiés (100 par défaut)')
  .option('--json')
  .action(async (opts: { config?: string; standard?: string; maxMb?: string; json?: boolean }) => {
    exitCode = await standardsCheckCommand({ ...globals(), ...opts }, lang());
  });

standards
  .command('merge')
  .description(
    'merge jurisdictions’ files into one table of a standard, then validate it; exit 0 valid, 1 not valid, 2 bad usage or mapping (nothing written) / ' +
      'fusionner les fichiers des administrations en une table de la norme, puis la valider; sortie 0 valide, 1 non valide, 2 usage ou correspondance incorrects (rien d’écrit)',
  )
  .argument('<mapping...>', 'mapping files (YAML) / fichiers de correspondance (YAML)')
  .option('--schema <name>', 'required: a standard’s name or a Table Schema file / obligatoire : le nom d’une norme ou un fichier Table Schema')
  .option('--output <file>', 'the merged CSV (default standard output) / le CSV fusionné (sortie standard par défaut)')
  .option('--report <file>', 'the report as JSON / le rapport en JSON')
  .option('--json', 'the report as JSON on standard output (needs --output) / le rapport en JSON sur la sortie standard (exige --output)')
  .action(async (mappings: string[], opts: { schema?: string; output?: string; report?: string; json?: boolean }) => {
    exitCode = await standardsMergeCommand(mappings, opts, lang());
  });

program
  .command('validate')
  .description(
    'check a CSV file or URL against a standard or a Table Schema / vérifier un fichier ou une URL CSV selon une norme ou un Table Schema\n' +
      'exit: 0 valid, 1 invalid, 2 bad usage or unreadable file, URL or schema / sortie : 0 valide, 1 non valide, 2 usage incorrect ou fichier, URL ou schéma illisible',
  )
  .argument('<file-or-url>')
  .requiredOption('--schema <name-or-path>', 'a standard (federa standards list) or a schema.json / une norme ou un schema.json')
  .option('--json', 'the report as JSON / le rapport en JSON')
  .option('--limit-errors <n>', 'errors listed, all counted (default 1000) / erreurs listées, toutes comptées (1000 par défaut)')
  .option('--encoding <encoding>', 'utf-8 | windows-1252 (detected when omitted / détecté s’il est omis)')
  .option('--delimiter <char>', ', ; tab | (detected when omitted / détecté s’il est omis)')
  .option('--max-bytes <n>', 'a URL larger than this is refused (default 2 GiB) / une URL plus grande est refusée (2 Gio par défaut)')
  .option('--allow-private-network', 'let a URL reach loopback and private addresses / permettre à une URL d’atteindre des adresses locales et privées')
  // A missing file or --schema is bad usage: exit 2 as documented (commander's own code is 1).
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .action(async (target: string, opts: ValidateCommandOptions) => {
    exitCode = await validateCommand(target, opts, lang());
  });

program
  .command('serve')
  .description('serve the HTTP API and harvest on schedule / servir l’API HTTP et moissonner selon l’horaire')
  .option('--port <port>', 'default 8080 (or PORT)')
  .option('--host <host>', 'default 127.0.0.1')
  .option('--config <file>')
  .action(async (opts: { port?: string; host?: string; config?: string }) => {
    exitCode = await serveCommand({ ...globals(), ...opts }, lang());
  });

program
  .command('demo')
  .description('serve over simulated portals of every kind on loopback / servir des portails simulés de tous les types en local')
  .option('--port <port>', 'default 8080 (or PORT)')
  .option('--host <host>', 'default 127.0.0.1')
  .option('--records <n>', 'records over every portal (default 7,000) / fiches sur l’ensemble des portails (7 000 par défaut)')
  .action(async (opts: { port?: string; host?: string; records?: string }) => {
    // Loaded here: the simulators of every kind would slow every other command's start.
    const { demoCommand } = await import('./commands/demo.js');
    exitCode = await demoCommand({ ...globals(), ...opts }, lang());
  });

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  const known = error instanceof UsageError || error instanceof ConfigError || error instanceof UnknownSourceError || error instanceof StoreError || error instanceof QueryError;
  const message = error instanceof QueryError && lang() === 'fr' && error.messageFr ? error.messageFr : (error as Error).message;
  process.stderr.write(`${t(lang(), 'error', { message })}\n`);
  if (!known && process.env.FEDERA_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = error instanceof UsageError ? error.exitCode : known ? 2 : 1;
}
