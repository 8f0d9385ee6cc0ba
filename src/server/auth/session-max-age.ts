/** Sessions end 12 hours after sign-in (without JavaScript nothing refreshes the cookie). */
export const SESSION_MAX_AGE = 12 * 60 * 60;
