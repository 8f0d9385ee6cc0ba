/** A form's file field as a File, or null when no file was chosen (browsers send an empty one). */
export const uploadedFile = (value: FormDataEntryValue | null) =>
  value instanceof File && value.size > 0 ? value : null;
