document.body.append('settings');
