// `npm run user:create -- --email ana@example.org --role admin [--name "Ana"] [--mechanism slug]`
// Creates a back-office account. The password comes from a hidden prompt on a terminal, or for
// automation from PREVENIR_NEW_USER_PASSWORD or standard input (--password-stdin). There is never
// a default password. Runs with `--conditions=react-server` (see package.json) so the app's
// server-only modules load outside Next.js.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

import { PASSWORD_MIN_LENGTH, passwordProblem, ZEmailSchema } from '@/lib/validation/auth';
import { prisma } from '@/server/db';
import { isAppError } from '@/server/errors';
import { insertUser } from '@/server/users/insert-user';

const ROLES = { admin: 'ADMIN', editor: 'EDITOR', 'focal-point': 'FOCAL_POINT' } as const;

const USAGE = `Usage: npm run user:create -- --email <address> --role <admin|editor|focal-point>
         [--name "<full name>"] [--mechanism <mechanism slug, for focal points>] [--password-stdin]
The password is asked for (hidden) on a terminal; otherwise set PREVENIR_NEW_USER_PASSWORD or pipe
it with --password-stdin. At least ${PASSWORD_MIN_LENGTH} characters.`;

const fail = (message: string): never => {
  console.error(`✖ ${message}`);
  process.exit(1);
};

/** Reads one line without echoing it (a TTY's raw mode; Ctrl-C aborts). */
const askHidden = (question: string): Promise<string> =>
  new Promise((resolve) => {
    const input = process.stdin;
    process.stdout.write(question);
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') {
          process.stdout.write('\n');
          process.exit(130);
        } else if (char === '\r' || char === '\n' || char === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        } else if (char === '\u007f' || char === '\b') {
          value = [...value].slice(0, -1).join('');
        } else {
          value += char;
        }
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });

const readStdin = async (): Promise<string> => {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) return line;
  return '';
};

const readPassword = async (fromStdin: boolean): Promise<string> => {
  const fromEnv = process.env.PREVENIR_NEW_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) {
    return fail(
      'No terminal to ask for the password: use PREVENIR_NEW_USER_PASSWORD or --password-stdin.',
    );
  }
  for (;;) {
    const password = await askHidden(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `);
    const problem = passwordProblem(password);
    if (problem) {
      console.error(
        `  ${problem === 'passwordTooShort' ? 'Too short.' : 'Too easy to guess.'} Try again.`,
      );
      continue;
    }
    if ((await askHidden('Repeat the password: ')) === password) return password;
    console.error('  The two passwords differ. Try again.');
  }
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      mechanism: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const email = ZEmailSchema.safeParse(values.email ?? '').data;
  if (!email) return fail(`--email is missing or invalid.\n${USAGE}`);
  const roleKey = values.role?.toLowerCase().replace('_', '-') as keyof typeof ROLES | undefined;
  const role = roleKey ? ROLES[roleKey] : undefined;
  if (!role) return fail(`--role must be admin, editor or focal-point.\n${USAGE}`);
  if (role === 'FOCAL_POINT' && !values.mechanism) fail('A focal point needs --mechanism <slug>.');

  let mechanismId: string | null = null;
  if (values.mechanism && role === 'FOCAL_POINT') {
    const mechanism = await prisma.mechanism.findUnique({ where: { slug: values.mechanism } });
    if (!mechanism) fail(`No mechanism with the slug "${values.mechanism}".`);
    mechanismId = mechanism!.id;
  }

  const password = await readPassword(values['password-stdin']);
  const problem = passwordProblem(password);
  if (problem) {
    fail(
      problem === 'passwordTooShort'
        ? `The password is too short: at least ${PASSWORD_MIN_LENGTH} characters.`
        : 'The password is too easy to guess (or too long). Choose another one.',
    );
  }

  const user = await insertUser({
    auditActor: { id: null, email: 'command line (user:create)' },
    email,
    name: values.name?.trim() || null,
    role,
    mechanismId,
    password,
  });
  console.log(`✔ Created ${user.role} ${user.email} (${user.id}).`);
};

try {
  await main();
} catch (error) {
  if (isAppError(error, 'CONFLICT')) fail('An account with this e-mail address already exists.');
  throw error;
} finally {
  await prisma.$disconnect();
}
