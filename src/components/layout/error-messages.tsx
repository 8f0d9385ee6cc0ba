'use client';

import { createContext, type ReactNode, useContext } from 'react';

export type ErrorMessages = { title: string; description: string; retry: string };

const ErrorMessagesContext = createContext<ErrorMessages | null>(null);

/**
 * The error page's strings, translated on the server. Error boundaries must be client components;
 * handing them three strings spares every page next-intl's client runtime (about 12 kB compressed).
 */
export const ErrorMessagesProvider = ({
  messages,
  children,
}: {
  messages: ErrorMessages;
  children: ReactNode;
}) => <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;

export const useErrorMessages = (): ErrorMessages => {
  const messages = useContext(ErrorMessagesContext);
  if (!messages) throw new Error('useErrorMessages needs an ErrorMessagesProvider above it');
  return messages;
};
