/**
 * The notes component shared by solo practice and mock interviews: the size limit, the
 * cleaning, what became of a save and the JSON answer of the autosave endpoints.
 */
package app.mockinterview.notes;
