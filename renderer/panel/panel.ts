document.body.append('panel');
