// placeholder, filled after the first run
def log = new File(basedir, 'build.log').text
return true
