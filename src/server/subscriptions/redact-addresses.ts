const ADDRESS = /[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g;

/**
 * An SMTP error for the back office: servers often quote the recipient ("550 <ana@…> unknown"),
 * and editors may see errors but not addresses. Every address becomes `<address>`.
 */
export const redactAddresses = (message: string) =>
  message.replace(ADDRESS, '<address>').slice(0, 1000);
