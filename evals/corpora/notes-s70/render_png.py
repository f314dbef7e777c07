import pypdfium2 as pdfium, glob, os, sys
d = sys.argv[1]
for f in sorted(glob.glob(d + '/obs-s70-*.pdf')):
    pdf = pdfium.PdfDocument(f)
    for i in range(len(pdf)):
        img = pdf[i].render(scale=1.3).to_pil()
        img.save('/tmp/s70/png/%s-p%d.png' % (os.path.basename(f)[:-4], i + 1))
print('ok')
