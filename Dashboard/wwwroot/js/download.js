// Saves a file the server streams to the browser (a report, an export) under the given name.
window.impactDownload = async (fileName, streamReference) => {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer]));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName ?? '';
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
};
