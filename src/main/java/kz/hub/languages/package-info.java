/**
 * The language a reader asked for, read once per request from Accept-Language, so that
 * what an answer is cached under and what it is written in come from one value.
 */
package kz.hub.languages;
