/**
 * Answers to questions: the sentences of the content, indexed one by one, and the one
 * that holds enough of a question's words to quote as its answer.
 */
package kz.hub.search.answers;
