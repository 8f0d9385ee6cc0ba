import { z } from 'zod';

/**
 * Message keys of `Auth.errors`: schemas carry keys, and the server action turns them into
 * sentences in the user's language.
 */
export const AUTH_ERROR_KEYS = [
  'required',
  'invalidEmail',
  'passwordTooShort',
  'passwordTooLong',
  'passwordTooCommon',
  'passwordsDiffer',
  'passwordUnchanged',
  'tooLong',
] as const;
export type TAuthErrorKey = (typeof AUTH_ERROR_KEYS)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Long but guessable: lists of leaked passwords are full of these. A short list on purpose; the
// length rule does most of the work (NIST SP 800-63B: length, a blocklist, no composition rules).
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'qwertyuiop123',
  'password1234',
  'password12345',
  'passwordpassword',
  'contraseña123',
  'contrasena123',
  'contrasenha123',
  'senha1234567',
  'administrator',
  'administrador',
  'iloveyou1234',
  'prevenir1234',
  'prevenir2024',
  'prevenir2025',
  'prevenir2026',
]);

/** True for passwords made of one repeated character or a short repeated pattern. */
const isRepetitive = (password: string) => /^(.{1,4})\1+$/u.test(password);

/** The strength rules for every new password (sign-up by an admin, change, reset, CLI). */
export const passwordProblem = (password: string): TAuthErrorKey | null => {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || isRepetitive(lower)) return 'passwordTooCommon';
  return null;
};

const zNewPassword = () =>
  z.string({ error: 'required' }).superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/**
 * The one form of an address that accounts are stored and looked up by (trimmed, lower case; the
 * database refuses any other). Look-ups compare it exactly, never as a pattern.
 */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** An address typed to create an account or ask for a link: a plausible one (no `%`, no NUL). */
export const ZEmailSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(320, { error: 'invalidEmail' })
  .pipe(z.email({ error: 'invalidEmail' }))
  .transform(normalizeEmail);

export const ZSignInSchema = z.object({
  // Not validated as an address: any input gets the same "incorrect" answer as a wrong password.
  email: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(320),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().optional(),
});
export type TSignInSchema = z.infer<typeof ZSignInSchema>;

export const ZForgotPasswordSchema = z.object({ email: ZEmailSchema });
export type TForgotPasswordSchema = z.infer<typeof ZForgotPasswordSchema>;

const confirmMatches = <T extends { newPassword: string; confirmPassword: string }>(
  value: T,
  context: z.RefinementCtx,
) => {
  if (value.newPassword !== value.confirmPassword) {
    context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'passwordsDiffer' });
  }
};

export const ZResetPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'required' }),
    newPassword: zNewPassword(),
    confirmPassword: z.string({ error: 'required' }),
  })
  .superRefine(confirmMatches);
export type TResetPasswordSchema = z.infer<typeof ZResetPasswordSchema>;

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'required' })
      .min(1, { error: 'required' })
      .max(PASSWORD_MAX_LENGTH),
    newPassword: zNewPassword(),
    confirmPassword: z.string({ error: 'required' }),
  })
  .superRefine(confirmMatches)
  .superRefine((value, context) => {
    if (value.currentPassword === value.newPassword) {
      context.addIssue({ code: 'custom', path: ['newPassword'], message: 'passwordUnchanged' });
    }
  });
export type TChangePasswordSchema = z.infer<typeof ZChangePasswordSchema>;

/** Sign-in page query: notices after a redirect, next-auth's `error`, and where to go next. */
export const ZSignInQuerySchema = z.object({
  // next-auth's own endpoints redirect here with e.g. `?error=CredentialsSignin`.
  error: z.string().max(100).optional().catch(undefined),
  signedOut: z.literal('1').optional().catch(undefined),
  reset: z.literal('1').optional().catch(undefined),
  callbackUrl: z.string().max(500).optional().catch(undefined),
});
export type TSignInQuerySchema = z.infer<typeof ZSignInQuerySchema>;

export const ZResetQuerySchema = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .optional()
    .catch(undefined),
});
