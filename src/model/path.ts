/** A path into the plan data: keys and array indexes (`sections[1].tasks[3].lead[0]`). */
export type Path = readonly (string | number)[];
