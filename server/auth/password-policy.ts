import { z } from "zod";

/** NIST SP 800-63B style: length over composition rules; a cap keeps hashing cost bounded. */
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((value) => value.trim().length === value.length, "Don't start or end the password with a space.")
  .refine((value) => new Set(value).size >= 4, "This password is too repetitive.");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));
